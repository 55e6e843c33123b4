-- An error object with __tostring: reported through it, with a traceback.
local E = setmetatable({msg = "custom"}, {__tostring = function(e) return "E: " .. e.msg end})
local function thrower() error(E) end
thrower()
