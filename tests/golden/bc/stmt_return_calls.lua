local function a() return f() end
local function b() return f(1, 2) end
local function c(t) return t:m() end
local function d() return 1, f() end
local function e() return (f()) end
local function g() return f(), 1 end
local function h() return f()() end
