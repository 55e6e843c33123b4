t = {}
t.x = 1
local u = {["end"] = 1, ["and"] = 2}
