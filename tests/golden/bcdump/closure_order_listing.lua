local function a() end
local function b()
  local function c() end
  local function d() end
end
local function e() end
