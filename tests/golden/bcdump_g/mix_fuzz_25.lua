gx = t:n "s"(((t == print)), (next.a)).b, 0x1p4
x = "a"
local v1, v2, v3 = "" + ((next {[ 1LL ] = 1e10, pairs})), (((g1)))
local v4, v5, v6 = ((false ~= g2 % v3:pairs(v1, false, t):n()) or #-1 .. 255), #-nil + not v2 == 'x'
for v7 = (1LL > v4)(("a" .. (v7 * "a")), print.a).b, (print()), (257) ~= -(...) do
  v7 "s"
  while v2() do
    break
  end
end
local v8, v9, v10 = nil
v2[ v2 - false + (3.25 and 0x7fffffff) ], g1[ (3i .. "hello world") ], v6:m().a = (#3.25 > (0 ~= {}))
v5:n "s"[ next ], pairs.a = (v4[ (v6("b") == not v8) ]), {[ (10) ] = v2; [ 3.25 ] = v5; b = v8.y; [ (255 == v3(v5, 'x', 0x7fffffff)) ] = 10}
local v11, v12, v13 = ((not v4 == (2ULL))).y, "pairs"
return (not {[ 255 ] = "next", 0x7fffffff, v9, [[long]], b = 32768,}), v4() or v3:pairs().y

