local function a() return f() end
local function b(x) return x:m() end
local function c() return f(1, g()) end
local function d(...) return f(...) end
local function e() return (f()) end
