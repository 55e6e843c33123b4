local function a() return end
local function b() return 1 end
local function c(x) return x end
local function d(x, y) return x, y end
local function e() return 1, 2, 3 end
local function g() return nil end
local function h() return true, false end
local function i(t) return t.x end
local function j(t) return t.x, t.y end
