while (next - "a")(3i) do
  pairs(not 2ULL + "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" .. "", gx)
end
if ((("\065\x41\u{41}"))) then
  if gx "s" then
    t(t()().x).b = next.y, function(...)
    local v1, v2
    do
    end
  end
    next((-'x' >= 2 == print), not "b")
    do
      return true
    end
  end
end
x = (next[ g2(false) ])
gx "s"
if not 257 then
  if ({y = {}, a = false, goto = ('x').b,} ~= function(v3, v4, v5)
    for v6 = function(v7, v8)
    local v9, v10 = 1.5, next.y
    local v11 = (v10 - -1e10 <= v4(true, 32767, gx).y and #v4 "s" % v3.y), not 1e-5
  end, v4[ pairs ], v4 do
    end
    local v12, v13 = {v5:m(v5, 0)(v3); (v3(257)(g1)(next) .. 65536); [ 1e10 ] = nil; x = not v3; b = v4[ t[ true ] ]}
  end) then
    x = -print.b
  elseif (g2 and (#"hello world" % g1) % ((gx) ^ (65536 or ...))) then
    local v14, v15, v16 = {true}, pairs
    for v17 = v15[ #{[ v14 ] = v14} - (0)(v16, 0x1p4) == 'x' ], {b = g1,} do
      local v18, v19 = v17, (function(v20)
    v17.a, v15[ ([[long]]) ], v14 = v17[ v15 ]
    for v21, v22, v23, v24 in pairs((#v16)) do
      while 100000 do
        while ((v20)()) do
          g1 "s"[ {y = 32768; v21} ], v16((false or v20), nil, false).b = (v23) ~= (v16 + (v23)) * v24(true, {[ v24 ] = 'x'; [ v22 ] = v23; [ false ] = nil; 10}, v16 ~= v23), 256
        end
      end
    end
  end)
      if (.5) then
        v16 = not function(v25, v26)
    g2, pairs.b, v26 = gx[ v19 ]
    v14, v26[ v14[ v16 ] ], v26 = "a" ^ (v19 + {goto = 65536, 1.5, [ "a" ] = v17, false,})
    v17, v18 = not not {v18, goto = "b"}
  end
        v15:m {0, y = 256, y = v17, "b"}:pairs(v18, 32767, 32767) {print,}(print, 2^53):n(print.b, v19(), v18).b = 0, (v17.a), false
        local v27, v28, v29 = v16(g2, v17)((v19 * .5), v19:m()) and {a = (v14), print,}
      else
        v14 = v16
        v16, v19.a = v15[ #"next" ], v15[ ((v18)[ v16[ v14 ] ]) ], (("b" + v17) or (v18).b)
      end
    end
    v15 "s" "s"()
  elseif ((g1 "s" % next(g1)) + 3) then
    g1()
    if (print.a ~= next() / gx ~= "b" ^ ("\065\x41\u{41}")) then
      for v30 = v30, (t:m "s"(v30 < 32768, gx, 255 <= 0x7fffffff) < {not v30, a = v30, v30[ v30 ], [ (v30 / v30) ] = (false)}) do
      end
    elseif next[ (32767 == gx < pairs {[ ... ] = print, goto = ..., [ print ] = next, [ 32767 ] = gx,}) ] < 10 then
      while g1((65536), "\n\t" == nil, {[ 0 ] = 100000, 2,})[ ... <= 0x10 >= (... ^ ...) ] >= gx.a do
        pairs, next((0xff .. 3.25), g1:n(g2, print):m("\065\x41\u{41}", next, 1.5)()).a, gx(false % pairs, 32768)[ g2[ gx[ "\065\x41\u{41}" ] ] ] = t.a, t, (g2)[ (.5) ]
        g2(gx()[ g2 ], (next == "hello world")).a, pairs[ -(3.25) ], next:pairs {}.a = (t or (g2) - pairs + gx ^ t), gx, (next ^ g2() or (65536) < 0x7fffffff)
      end
    else
      g1({a = "\n\t", 32768, ..., a = "\065\x41\u{41}",}, (pairs))(t >= (pairs == 0x7fffffff), ((t ^ gx)))
    end
  end
  do
    for v31, v32, v33, v34 in pairs('x') do
      local v35, v36 = ((2ULL / (v33 > v31 - v31(...))) - v32 .. not v31), (2^53 <= 0x10), .5
    end
    if pairs then
      for v37, v38 in ({})[ 'x' ] do
        t {[ (1LL + false) ] = (0),}
        local v39, v40
      end
      local v41, v42, v43 = (g1[ pairs[ g1(next).y ] ]), false ^ "pairs"
      local v44, v45 = #((v42()) - ((v43).a > (v43)))
    elseif 3.25 then
      t.b = false >= (65535 ^ ("\n\t").x), -t.x, g2 {next(g2, true)[ print ]; {[ 2 ] = true; y = 2^53; [ 1e308 ] = g2,},}
    else
      for v46, v47, v48, v49 in ipairs(... * print(pairs[ next ], g1[ "next" ], nil)[ g2() ]) do
        return 0xff, ((g2 > 'x' % ...))[ v46.a ], v47.x
      end
      local v50, v51 = 1, {}
      local v52 = #1, ((({-1; [ 1.5 ] = v50; v51,} ^ false)) .. {..., v50, [ v50 ] = ..., [ v50 ] = v50, [ "hello world" ] = 65535,} or g2 - 2), t[ pairs ]
      return print:m {pairs, ("" >= v50)}, ((32767) {[ 1e308 ] = "\065\x41\u{41}",} >= (...)) + (v50[ -1 ] == "\065\x41\u{41}")
    end
    x = {}
  end
  return 
end

