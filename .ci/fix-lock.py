# npm on this machine only sees DuckDB's linux-x64 binding at 1.4.3-r.3, so `npm install` leaves the other
# platforms' optional bindings out of package-lock.json and `npm ci` then refuses the lock. Add them (never fetched
# on linux: os/cpu mismatch).
import json,sys
p=sys.argv[1]
d=json.load(open(p))
pk=d['packages']
ver=pk['node_modules/@duckdb/node-bindings-linux-x64']['version']
for plat,os_,cpu in [('darwin-arm64','darwin','arm64'),('darwin-x64','darwin','x64'),('linux-arm64','linux','arm64'),('win32-x64','win32','x64')]:
    k=f'node_modules/@duckdb/node-bindings-{plat}'
    pk.setdefault(k,{"version":ver,"cpu":[cpu],"license":"MIT","optional":True,"os":[os_]})
d['packages']=dict(sorted(pk.items(), key=lambda kv: kv[0]))
json.dump(d,open(p,'w'),indent=2); open(p,'a').write('\n')
