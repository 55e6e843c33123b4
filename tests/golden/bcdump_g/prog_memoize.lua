-- Closures: memoization, counters, iterators.
local function memoize(f)
  local cache = setmetatable({}, { __mode = "k" })
  return function(x)
    local v = cache[x]
    if v == nil then
      v = f(x)
      cache[x] = v
    end
    return v
  end
end

local fib
fib = memoize(function(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end)

local function counter(start, step)
  local n = start or 0
  return {
    inc = function() n = n + (step or 1); return n end,
    get = function() return n end,
    reset = function() n = start or 0 end,
  }
end

local function range(a, b, s)
  s = s or 1
  local i = a - s
  return function()
    i = i + s
    if (s > 0 and i <= b) or (s < 0 and i >= b) then return i end
  end
end

local sum = 0
for i in range(1, 10) do sum = sum + fib(i) end
local c = counter(10, 2)
c.inc(); c.inc()
print(sum, c.get())
