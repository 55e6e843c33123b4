local function a() return; end
local function b() return 1; end
do return end
