for v1, v2, v3 in ipairs(next[ 1e308 ] and g1:n(3i, false)[ "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" ] ^ (next(...) or (t)) >= g2[ (10 or ...) ]) do
  local v4, v5, v6 = #(v2)(), ((v3)(32767, (v1), gx)), (not -(v2 == 256) or {"a"; goto = ([[long]] and 1e10); v1 > 3; next(next)(255).x; {v3},})
  for v7 = (v5 == v3.y), ..., {[ v5.a ] = next(v3, v5):n()[ v3 "s" ], [ "b" ] = v5("next", 1e308, v2), y = ((0x1p4 or 257) >= true), [ v3 ] = 3.25, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz",} do
    v4 = v4, ({goto = 65536, [ v7 ] = v6:m(), [ v2 or v2 ] = true,})
    g1()(v6, "pairs") {}
  end
end
gx.b, print, g2.a = "b", 1e308, 0x7fffffff
gx()
function gf(v8, v9)
  local function v10(v11, v12, v13, ...)
    local v14, v15, v16 = ({x = {}, goto = (g1 / 1e308), [ {[ -1 ] = [[long]], x = 255, b = nil, 3.25, y = 'x',} ] = v10.y,}), "\065\x41\u{41}" and {} <= (... / pairs) < false + (10)
  end
end
for v17 = "", -1 do
  v17:pairs()((v17 - "hello world"), (1e308 + "pairs"), 255)[ #... ] = 255
  v17.b = 65536 ^ function(v18, v19, v20, ...)
    local v21, v22, v23 = ...
    local v24 = -1, 1
  end, (v17().b).b, function(v25, v26, v27)
    repeat
      for v28, v29, v30, v31 in pairs(((v27)).b ^ "") do
        return v17(v29, 65535)(10, v31, (1e10))()[ ((v26))[ (256 ^ v17) ] ]
      end
    until "\065\x41\u{41}"
    v25.b, v27[ 257 ], pairs.a = (v17:pairs().b <= (0x10 % v26:pairs(v25)))
    x = "a"
  end
  if v17 then
    v17, v17 = false
    repeat
      local v32 = v17 .. ((v17) < v17(0.1)), {v17} / v17.y, v17
      if pairs[ v17 ] then
        return pairs[ t("next").y ] .. ((nil)), ("pairs")
      end
    until g2.y
    break
  end
end
do
  print((("next")(false, 32767, 255)), pairs(print, false)[ (pairs * pairs) ], 'x')
  return -255, {x = 1.5 ^ 100000} >= 65535
end
next:n(print)(gx, print):n()((t.x), print[ (t and nil) ], pairs(pairs, 1e10, g1))

