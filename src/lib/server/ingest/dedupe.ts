/**
 * One record per id. The same agency-year can arrive twice (a .txt and an .html of the same page, or a copy):
 * the first file in input order keeps the record and each later one becomes a `duplicate` reject naming it.
 */
import { fileReject, type FileOutcome } from './parse-file';

/** The outcomes with every repeated record id after the first turned into a `duplicate` reject. Same order. */
export function rejectDuplicates(outcomes: readonly FileOutcome[]): FileOutcome[] {
	const keptBy = new Map<string, string>();
	return outcomes.map((o) => {
		if (o.status !== 'record') return o;
		const id = o.record.id;
		const kept = keptBy.get(id);
		if (kept === undefined) {
			keptBy.set(id, o.file);
			return o;
		}
		const { record: _dropped, ...rest } = o;
		return {
			...rest,
			status: 'reject',
			reject: fileReject(
				o.file,
				'duplicate',
				`与 ${kept} 是同一份报告（${id}），保留 ${kept}，本文件不再重复收录。`,
				`Same report (${id}) as ${kept}, which is kept; this file is not added again.`
			)
		};
	});
}
