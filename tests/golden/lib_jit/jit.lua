-- The jit module: version, status, on/off/flush, opt, attach.
print(jit.version, jit.version_num, jit.os, jit.arch)
print(type(jit.status()), (jit.status()))
print(jit.off(), (jit.status()))
print(jit.on(), (jit.status()))
print(jit.flush(), jit.opt.start(), jit.opt.start("hotloop=10", "-fold", "+cse", "maxtrace=100"))
print(jit.opt.start(3), jit.opt.start(0), jit.opt.start("1"))
print(pcall(jit.opt.start, "nosuchopt"))
print(pcall(jit.opt.start, "hotloop=x"))
print(pcall(jit.opt.start, "+nosuch"))
print(pcall(jit.opt.start, 4))
local function lf() end
print(jit.off(lf), jit.on(lf, true), jit.flush(lf), jit.off(true, true))
print(pcall(jit.off, print))
print(pcall(jit.on, 1))
print(pcall(jit.flush, "x"))
jit.on()
local function cb() end
print(jit.attach(cb, "trace"), jit.attach(cb), jit.attach(cb, "bc"), jit.attach(cb, "record"))
print(pcall(jit.attach, 1))
print(package.loaded.jit == jit, type(jit.opt), type(jit.opt.start))
local keys = {}
for k in pairs(jit) do keys[#keys + 1] = k end
table.sort(keys) print(table.concat(keys, " "))
