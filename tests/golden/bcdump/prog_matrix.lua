-- Numeric code: matrices and vectors.
local function matrix(n, m, f)
  local t = {}
  for i = 1, n do
    local row = {}
    for j = 1, m do row[j] = f and f(i, j) or 0 end
    t[i] = row
  end
  return t
end

local function mul(a, b)
  local n, m, p = #a, #b, #b[1]
  local c = matrix(n, p)
  for i = 1, n do
    local ci, ai = c[i], a[i]
    for j = 1, p do
      local s = 0.0
      for k = 1, m do s = s + ai[k] * b[k][j] end
      ci[j] = s
    end
  end
  return c
end

local function norm(v)
  local s = 0
  for i = 1, #v do s = s + v[i] ^ 2 end
  return math.sqrt(s)
end

local a = matrix(3, 3, function(i, j) return i == j and 1 or (i + j) / 10 end)
local b = mul(a, a)
print(b[1][1], b[2][3], norm(b[3]), -b[1][2] % 1, 2^0.5 * 1e-3)
