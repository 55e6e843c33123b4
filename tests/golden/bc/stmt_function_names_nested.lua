
local M = {}
function M.a.b.c:d(x) return self, x end
function M:e(...) return self end
local function outer()
  local function inner() return outer end
  return inner
end
