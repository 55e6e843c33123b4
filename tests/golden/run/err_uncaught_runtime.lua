-- A runtime error from an instruction inside a coroutine resumed by wrap.
local gen = coroutine.wrap(function()
  coroutine.yield(1)
  local t = nil
  return t.field
end)
print(gen())
print(gen())
