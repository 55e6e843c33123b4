-- error with level 2 blames the caller.
local function check(x) if type(x) ~= "number" then error("number expected", 2) end return x end
local function user() return check("no") end
user()
