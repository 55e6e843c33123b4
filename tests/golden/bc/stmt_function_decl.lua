function f() end
function t.a() end
function t.a.b.c() end
function t:m() return self end
function t.a:m(x) return self, x end
local function g() end
local t = {}
function t.x() end
function t:y() end
