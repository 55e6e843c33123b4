-- Template tables with string keys: luajit places them by randomly seeded string ids.
local point = {x = 1, y = 2}
local rec = {name = "box", size = 10, open = true, ratio = 0.5, tag = "t"}
local mix = {1, 2, 3, kind = "list", [10] = 10, [2.5] = "half", [true] = "yes"}
local pending = {a = 1, b = math.pi, c = 3, d = nil, e = "e"}
local nested = {inner = {deep = {deeper = "x"}}, list = {1, 2, {z = 26}}}
local keys = {["with space"] = 1, ["\0nul"] = 2, ["end"] = 3, [""] = 4}
return point, rec, mix, pending, nested, keys
