-- An error inside an xpcall message handler is "error in error handling", the handler
-- is not called again; a stack overflow inside it keeps its own message.
print(xpcall(function() error("x") end, function(m) error("y") end))
print(xpcall(function() error("x") end, function(m) error({}) end))
print(xpcall(function() error("x") end, function(m) local t = nil; return t.x end))
print(xpcall(function() local a = nil + 1 end, function(m) error("y", 0) end))
print(xpcall(function() error("x") end, function(m) local function r() return r() + 1 end return r() end))
print(xpcall(function() error("x") end, function(m) local function r() return 1 + r() end return r() end))
-- A pcall inside the handler still catches; the handler's result replaces the error.
print(xpcall(function() error("x") end, function(m) return select(2, pcall(error, "in")) .. "/" .. m end))
print(xpcall(function() error("x") end, function(m) return m .. "!" end))
-- After a handler failed, the next xpcall runs its handler normally.
print(xpcall(function() error("again") end, function(m) return "handled: " .. m end))
