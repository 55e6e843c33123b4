-- A module with private state, varargs and metatables.
local M = {}
local private = {}
local defaults = { verbose = false, level = 1, name = "module", tags = { "a", "b" } }

local function log(fmt, ...)
  if private.verbose then
    io.stderr:write(string.format("[%s] " .. fmt .. "\n", private.name, ...))
  end
end

function M.configure(opts)
  for k, v in pairs(defaults) do
    if opts and opts[k] ~= nil then private[k] = opts[k] else private[k] = v end
  end
  log("configured with level %d", private.level)
  return M
end

function M.sum(...)
  local n, s = select("#", ...), 0
  for i = 1, n do
    local v = select(i, ...)
    if type(v) == "number" then s = s + v end
  end
  return s, n
end

function M.pack(...) return { n = select("#", ...), ... } end
function M.unpack(t) return unpack(t, 1, t.n) end

setmetatable(M, {
  __index = function(_, k) error("no such function: " .. tostring(k), 2) end,
  __call = function(self, ...) return self.sum(...) end,
})

return M.configure()
