-- Producer/consumer with coroutines and varargs.
local function producer(items)
  return coroutine.wrap(function()
    for _, item in ipairs(items) do coroutine.yield(item) end
    return nil
  end)
end

local function filter(pred, gen)
  return coroutine.wrap(function()
    for v in gen do
      if pred(v) then coroutine.yield(v) end
    end
  end)
end

local function collect(gen, ...)
  local t = { ... }
  for v in gen do t[#t + 1] = v end
  return t, select("#", ...)
end

local evens = collect(filter(function(x) return x % 2 == 0 end, producer({ 1, 2, 3, 4, 5, 6 })))
print(#evens, unpack(evens))

local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
