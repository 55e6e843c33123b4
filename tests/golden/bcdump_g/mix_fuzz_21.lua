t[ g1.y ] = function(v1, v2, v3)
    local v4
    v4(-(2 ~= t), (v4):m {})
    local v5, v6, v7 = v3[ (v3 - "next") + 0x1p4 ] and gx, ({t, goto = v3, nil}) % 256
    x = -(gx[ ([[long]] * 257) ] - not (10 ~= v1))
    return v2 + (v4).y, (v4.a), v7
  end, t, t
local v8, v9, v10 = 0x1p4
for v11 in next, v8 do
  if v10.x then
  elseif v10 .. ... then
  elseif (v9 % #3i) then
  end
  local v12, v13 = (...), g1[ (v11):n {"a",}.b ] + next / v8 - {x = v10; goto = t; v11; [ v9 ] = 1e308; 1LL,} / ([[long]])
  break
end
if 1e10 then
end
local v14, v15, v16 = (function(v17, v18)
    if v8:n(nil, v8) then
      local v19 = not ((not 3.25) > true)
      local v20, v21 = v9, {[ (100000)(t) ] = next.a; v17[ v18.a ]; x = v17,}
      return function()
    print.a, v8, v19((v8 ^ v20), (pairs))[ (256 .. v18:n().y) ] = -"", v8, ((v9 >= (pairs)) - ("\n\t")() .. (0.1)(v18, v10, -1).y ^ "\065\x41\u{41}")
    if pairs then
    elseif v21 then
      do
        v10():pairs {}:m "s"()().b, v19[ v18 ] = 2
        x = v10
      end
      return 3, 2
    elseif v21:pairs((v8[ 65536 ] + "next")) then
      v9:m().a, v20 = (v20 {"a",} > ((v9))), "\n\t"
    end
    for v22 = ("next" <= (v20[ 0.1 ])) > v18[ ({}) ], ((#2^53).a < v21:pairs(v17)[ {'x', [ 1e-5 ] = "a", v17, [ v10 ] = v17, [ false ] = v20,} ]), v9 do
      local v23
    end
    local v24
    return 255, v19.x, next.b
  end, v21 or v10(), (v10.x)
    else
      local v25, v26 = ((next * v9))[ (v17 >= (print:n().b)) ]
      local v27, v28
    end
    local v29 = (v10(v18(next)) ^ v17), ((not v18("next", true, nil) % v8.x)), 0x1p4 == 257
    for v30, v31, v32, v33 in next, (((not .5) - (t .. v17)) > v18) do
      v9[ v29 ], v17 {[ 2 ] = 1e10, y = v29, [ false ] = "\065\x41\u{41}"}.b = v17()(v32, v32, v31:n(v33)) "s", 0x1p4 - {0x7fffffff; [ v9.y ] = v29()(0x10, nil),}
      while (v17:m(g2, v9)(1LL, (32767 and v30), {b = 1, y = 10, goto = v18, [ v18 ] = 0.1}).b <= nil) do
        for v34, v35 in pairs(v32) do
          for v36, v37, v38 in pairs(false == v32({[ nil ] = v33; [ "\065\x41\u{41}" ] = "hello world"; [ v18 ] = v9; v8; [ v31 ] = 32767,}, ("next"))) do
            return 
          end
          if {[ v31:n(1e308, v34, 0xff) ] = v29,} and v30(v31.y, (v29), v32(v34)().a) then
            v33 = v34.y
            v33[ 1 ] = 2
          elseif {-(v17); [ ({x = "pairs"; g2,}) ] = {"\065\x41\u{41}", a = next, 1e10,}; ('x'),} then
            v17()
            v8 = next[ v30 ]
            v34 "s"
          end
          repeat
            for v39, v40, v41, v42 in pairs(#v31), 3 do
              local v43, v44 = (1LL) "s"
            end
          until (1LL or (next or 0x10))
          break
        end
      end
    end
    if v8[ {[ next * [[long]] ] = "\065\x41\u{41}", (257 .. true), [ nil ] = v17.y,} ] then
      v29, v18, v17:n "s"[ (255 < v18(print, 2ULL, gx)) ] = (gx <= ("pairs")()), function()
    for v45 = not v10 - (next.y ~= ""), function()
    v8 = v10[ pairs(100000, {v8, [ v18 ] = v9, 1,}, v17).y ]
    local v46, v47, v48 = v17, v17(v8.y)
    v47 = v18(print, 1e308)[ (v10 - (2^53)[ v17:n(65536, v8)[ "\n\t" ] ]) ]
    g2 = (nil ~= (((0.1).y >= v8) < .5 == false % not "b"))
    next = v18
  end, v18.y do
      for v49, v50, v51 in (pairs + {} * v18 {}) do
        local v52, v53, v54 = (-v49.y), 65535, (-(next)[ v29.x ] % not {v17,})
        local v55, v56, v57
      end
      for v58 = ((2ULL / 0x1p4).a), v8, -(v17 or ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz").b) do
      end
      break
    end
    local v59, v60 = v18, v10 {(v8).x; [ (v18 == v10) ] = (256 and v8); 1e10; v9}, {[ "next" ] = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"; b = #(1LL); [ v8 ] = (v9 and 0xff == v8)}
    return not {a = {x = 32767; [ 3.25 ] = v60,}; 'x' .. v9; print(65535, v10) {[ v60 ] = v18,}; [ v17 ] = (v8 ~= v8)}, #v18
  end, not v29.b
    elseif 1e-5 then
      return (3i).a
    end
    return 
  end), v8.a, v8.x
local v61 = v14(v9, (v9) == not [[long]]), v9.x

