local v1, v2 = t, print.b
v1, v1:pairs(0, #"next", {[ 0x7fffffff ] = 65535, [ 100000 ] = [[long]], goto = v2, [ v2 ] = 2})[ {goto = v1; y = ""; [ "\n\t" ] = v1; goto = v1} ~= {v2, goto = 'x', 1.5, [ 1LL ] = "pairs"} ], v1[ "next" ] = "next", 'x'
v1((255 ^ v1), v1[ print ] * v2(100000, v1):m "s", -(v1 / "a"))
if next:m(v1, v1 + g2, 0xff) then
  local v3, v4, v5 = v2((v2() < (32767)), ("\n\t" ^ "a"))
end
function gx.y:z(v6, ...)
  while v6 do
  end
end
local v7, v8 = function(v9, v10, ...)
    x = #(({"\n\t"; [ nil ] = 0.1; [ pairs ] = ...} >= {}) or v10(false, v9, v2))
    v1, v9(true and 2).b = ({[ v10 ] = v10} < nil) .. -(t) < -(v10 <= v9)
    return (v10((v9), v2, -v10).a), ((v9.b ~= #v2(0xff, 0)[ v2 ]) == (v9))
  end + (gx() ^ v1), {b = ("" .. nil), b = 0x1p4, [ ("next" + 2^53) ] = (false) "s" {x = ...; [ v1 ] = v2; 65535; [ v1 ] = v2}[ 0.1 ] .. t, goto = (print >= 1)}
function t:m(v11, ...)
  local v12
  local v13 = v11.y, (v7() * v2.y)
  for v14 = (#(3 <= v11) - (v13[ print ])) ^ false, v2(257, (1 - (2ULL)), (v8 {x = 3.25, a = nil,}.a)), ((255 % (v11 - v11)) + -v13 <= t ~= 65535) - (false) do
    v2, v2.b = (v7.a)(32768, v1[ (g2 < nil) ]).x
    v7.a, v2("b", v12, 10):m {[ g1 ] = t}(v7):n(v1(pairs), ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" < "b"))[ ("next" > v2) < 1e10 ], v14 = {}
  end
end
v8 = next, 2
for v15, v16, v17, v18 in v1 do
end
local v19

