-- Nested prototypes, upvalues (mutable, immutable, from several levels), closures in loops.
local a, b = 1, 2
local function outer(x)
  local y = x + a
  local function middle(z)
    b = b + 1
    return function(w)
      return x + y + z + w + a + b
    end
  end
  local fs = {}
  for i = 1, 3 do
    fs[i] = function() return i + y end
  end
  return middle, fs
end
local m = outer(10)
local obj = {}
function obj.method(self, v) return self, v end
function obj:other(...) return select("#", ...), ... end
local function rec(n) if n > 0 then return rec(n - 1) end return 0 end
return m(1)(2), obj:other(1, 2, 3), rec(5)
