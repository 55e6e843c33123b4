-- Quicksort and insertion sort with a comparator.
local function insertion(t, lo, hi, lt)
  for i = lo + 1, hi do
    local v, j = t[i], i - 1
    while j >= lo and lt(v, t[j]) do
      t[j + 1] = t[j]
      j = j - 1
    end
    t[j + 1] = v
  end
end

local function quicksort(t, lo, hi, lt)
  lo, hi = lo or 1, hi or #t
  lt = lt or function(a, b) return a < b end
  while hi - lo > 8 do
    local mid = math.floor((lo + hi) / 2)
    local p = t[mid]
    local i, j = lo, hi
    repeat
      while lt(t[i], p) do i = i + 1 end
      while lt(p, t[j]) do j = j - 1 end
      if i <= j then
        t[i], t[j] = t[j], t[i]
        i, j = i + 1, j - 1
      end
    until i > j
    if j - lo < hi - i then
      quicksort(t, lo, j, lt)
      lo = i
    else
      quicksort(t, i, hi, lt)
      hi = j
    end
  end
  insertion(t, lo, hi, lt)
  return t
end

return quicksort
