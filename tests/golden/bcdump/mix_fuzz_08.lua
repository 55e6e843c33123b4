local v1, v2, v3 = 255, function(v4, v5, v6)
    local v7, v8, v9 = ((v4):pairs(v4) - (g1 >= 256)) >= false, v4, (v4):m(g1, v5, v4) and v4[ {0, x = 1e10, [ nil ] = v4, print, [ g2 ] = v6,} ] / v6
  end, g2.a
for v10 = ..., v1 "s" do
  for v11, v12, v13, v14 in v10[ 0.1 ] do
    while 65535 do
      do
        v10(("\065\x41\u{41}"))[ gx[ v14 ^ 257 ] ], g2(v3, v10, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")(3i, v13 .. v12, {nil; y = "pairs"; [ 0.1 ] = v2,})[ v1 ] = v12 > pairs {[ "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" ] = gx, [ 3.25 ] = false, v12, goto = 1LL}
        local v15, v16
      end
    end
    v14, next, gx = v14[ ((print)).b ], v14 and (not nil < ... / #65535), true
    local v17, v18, v19 = (1e-5):n((65535)):n((.5)[ "\n\t" ], v14, "a"), (-print[ 0xff ] > (255)) .. v10
    break
  end
  v3, v2, v1[ 65535 <= v3 ] = "b", v2, 3
  next, v3(...):m {v10; b = v3; x = 65536}.b = ({[ (v1)(v1) ] = (v2), b = not 65536, v1 >= v10, v2, [ v10[ v1 ] ] = v3.x})
end
local v20, v21, v22 = (65536), v3 == v2.y == (3i) * 256 and v2, false
for v23 = .5, g1 {b = "pairs"; y = {}; a = "hello world"; next.a; 0x7fffffff,}, {y = v21; "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"; b = "hello world"} do
end
v21(65536, g1, true)
return v20 > v1:n "s", (v2)(#"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" .. 100000, ("pairs") % g2, 1LL), -((v1)) ~= v21:pairs(v20, 'x'):m {x = 0xff, x = nil, [ false ] = gx}[ v1 ]

