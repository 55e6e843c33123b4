-- require, package.loaded/preload/path/cpath/loaders/searchpath, module and seeall.
package.path = "tests/golden/lib_package/mods/?.lua;tests/golden/lib_package/mods/?/init.lua"
local m = require("simple")
print(type(m), m.name, m.value, loads, require("simple") == m, loads)
print(package.loaded.simple == m)
print(require("noreturn"), noreturn_ran, package.loaded.noreturn)
print(require("falsy"), package.loaded.falsy)
print(require("sub"), require("sub.leaf"))
print(pcall(require, "broken"))
print(pcall(require, "raises"))
print(package.loaded.raises, type(package.loaded.raises))
print(pcall(require, "missing.module"))
package.preload.virtual = function(name, ...) return "preloaded " .. name .. " " .. select("#", ...) end
print(require("virtual"))
package.loaded.fake = "already"
print(require("fake"))
print(pcall(require))
print(pcall(require, {}))
print(require("cycle_a"))
print(type(package.loaders), #package.loaders, package.searchers)
print(package.searchpath("simple", package.path))
print(package.searchpath("a.b.c", "x/?.lua;y/?/z.lua"))
print(package.searchpath("a.b", "?.x", "."), package.searchpath("a_b", "?", "_", "/"))
print(package.config)
print(type(package.cpath), type(package.loadlib), package.loadlib("nonexistent.so", "f"))
package.cpath = "tests/golden/lib_package/mods/?.so"
print(pcall(require, "nocmod"))
table.insert(package.loaders, 2, function(name) return "\n\tcustom loader saw " .. name end)
print(pcall(require, "nothing.here"))
table.remove(package.loaders, 2)
table.insert(package.loaders, function(name) return function(n) return "custom " .. n end end)
print(require("from.custom"))
package.loaders = nil
print(pcall(require, "anything"))
