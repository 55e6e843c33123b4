-- module() and package.seeall.
package.path = "tests/golden/lib_package/mods/?.lua"
local old = require("old")
print(type(old), old._NAME, old._M == old, old._PACKAGE, old.hello(), old.value)
print(package.loaded.old == old, old == _G.old)
local gprint, G = print, _G
module("inline.mod", package.seeall)
x = 1
gprint(_NAME, _PACKAGE, x, G.inline.mod == _M, G.inline.mod.x, type(print))
module("bare")
gprint(_NAME, print, G.bare._M == G.bare)
G.print(G.pcall(G.module, "inline"))
G.print(G.pcall(G.module))
G.print(G.pcall(G.package.seeall, 1))
