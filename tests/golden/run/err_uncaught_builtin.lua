-- An argument error from a builtin called directly, and through pcall in the traceback.
local t = setmetatable({}, {__index = function(t, k) return rawget(k) end})
print(pcall(function() return t.x end))
local x = t.y
