gx[ t ^ "\065\x41\u{41}" <= g1(-1, g2, -1).x ] = 32767, 2^53
repeat
until gx[ (("a" % "\065\x41\u{41}")) ^ nil ]
for v1, v2, v3 in pairs({[ .5 ] = t; [ ((g2 - pairs) >= gx % 1e10) ] = g2}) do
  for v4 = ({{goto = 0x10, [ v1 ] = "", 1e-5, x = v2,}; [ g2 ] = #""; [ {goto = v3,} ] = (v3); y = v1(v2, "", "b")(),}), 3.25 and v1[ v2(..., 'x') <= (1.5).b ] do
    local v5, v6, v7 = pairs[ 'x' ], pairs
    break
  end
end
repeat
  g2 = next()
  repeat
    for v8 = false, 0.1 do
    end
  until print
  for v9 in pairs((pairs(10, pairs, gx) < next[ ... ] ^ ... ~= 65535)), 3 do
    local v10, v11 = (v9 * 2) {goto = (2), "b" % true, 3.25, goto = not 32767}[ 1e-5 ], -#(#32768 + (v9).b)
    do
      if v10.a then goto c174 end
      ::c174::
    end
    return ("pairs")()(), false
  end
until pairs.y
for v12, v13 in next, print[ (g1) {[ [[long]] ] = 255; [ "b" ] = gx; ""}:n(gx >= true, (pairs)(2, gx)) ] do
  local v14, v15 = (0x7fffffff ~= ((1e-5 + 1LL)).b), v13
  for v16 = function()
    for v17, v18 in ((v16):n {[ v15 ] = true, v15, goto = 1e-5, [ 2ULL ] = v15, [ gx ] = 1e-5}:pairs(not "b", v16 / v16, (v16).y) % (v15)()[ v15 ]) do
      local v19 = 'x'
    end
    return "", {}, (not (10):pairs "s"[ v13 ] and v15())
  end, (true), nil do
    local v20 = (#v16)
    v16(v16 > (v20 / v15), {} > next, (v15 ~= nil ^ 256))
  end
  local v21, v22, v23 = v14[ {v13; x = v13; true} ] + {}
end
while (g2:m(g2, .5) ~= (#'x' or (true % print)) * (... / "a" - (nil))) do
  t[ "\065\x41\u{41}" ] = t[ g2 ], t "s"[ ... ]
  local v24, v25 = g2[ #... ] ^ (1.5)("hello world", false)("" * "b", [[long]], (pairs % true))
end
next, pairs, g2 {t, [ pairs ] = 2ULL, t, [ "\n\t" ] = 3.25}.a = {goto = g1, ((print))}

