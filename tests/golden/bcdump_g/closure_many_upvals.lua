local a,b,c,d,e,f,g,h = 1,2,3,4,5,6,7,8
local function k() return a,b,c,d,e,f,g,h end
local function l() a = h; b = g end
