-- An uncaught error deep in nested calls: message and traceback on stderr, status 1.
local M = {}
function M.method(self, x) return self:helper(x) end
function M:helper(x)
  local t = setmetatable({}, {__index = function(t, k) return globalfn(k) end})
  return t[x]
end
function globalfn(k)
  local function lf(v) error("failed on " .. v) end
  return lf(k)
end
local function anon() return (function() return M.method(M, "key") end)() end
print("before")
anon()
print("not reached")
