local v1 = ((((g1 > 1LL)) % (t.a % g2)) % (2^53) {}()), {x = print; goto = g2; x = ("pairs" or pairs) - (pairs > 0x10); x = ((100000)(0x1p4, 1LL, pairs)),}
for v2, v3, v4, v5 in 255, 1, 2 do
  while not 2 do
  end
  if print then
    local v6, v7, v8 = v3, v2, v1()
    do
      print.b, v4 = v1, v4
      t, v7 = v4:pairs() + true >= (#1e-5 or ... and true), (v4(v6)) <= "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" .. t {}(v3) ~= {y = v1, "\n\t"} % "", ((v5)) {-gx; a = ("\065\x41\u{41}" .. 1e308); y = {y = 0.1, x = v7, y = ..., a = "next",}; [ (print / "hello world") ] = (false).a}
    end
  elseif [[long]] then
  elseif (#32767)[ 65536 ] then
    return (0x1p4 % ...)
  else
    function t.a(v9, v10, ...)
      local v11, v12, v13 = v5
      for v14 = #nil, (#("hello world" == 257) + (v2).x <= (("\n\t" ^ v1) >= nil)), v10.x do
      end
      do
        v5, next = (257 > ("" % ({v13}))), "hello world"
      end
      while not v5(v13):pairs(nil, (v1).b).a do
        local v15, v16, v17
      end
    end
    local v18
    break
  end
  repeat
    repeat
      v5(not v1 <= -1)
    until v3
    for v19 = ((32768 >= v4) .. v2), ((v3 or v5))(), v2:m()[ {b = #next, b = (32767 + 3.25)} ] do
      function gf(v20, v21, v22)
        v4.a = (false), (v1:n(v22.b, not v21) ~= 1e-5)
      end
    end
    local v23, v24, v25 = v2:n(), v2, (v3(..., ... or v1) ^ v5.b)
  until 32767
  return 
end
local v26, v27 = (-(v1:n(v1, "hello world") "s")), ((65535))({b = v1; 0x1p4; 1.5}, 3), v1 "s"
if nil then
elseif 255 then
  do
    for v28, v29 in pairs(((((3 and 'x'))) / 3)), 3 do
    end
  end
elseif {goto = (false) % (v1)[ "" ]; [ (1.5 < 1e10 ~= v27 % 0xff) ] = -true >= v1; v27[ "hello world" ]; x = v1; [ ({256, "a", goto = 65536,} and v27) ] = (...).x ^ #1.5,} then
  x = (v27 <= v1.y)
end
v1()
local function v30(v31, v32, v33)
  if -not 1 then
    repeat
      do
        if ({goto = 2^53; x = true; v32,}).x then goto c456 end
        v33(nil)
        ::c456::
      end
      local v34, v35 = 0x10, ({[ (v33)() ] = v1 + 1.5; x = v26.b; [ v1 and "pairs" ] = ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"); false ^ "next"; (true <= v30),} == v30.b), v26.y
    until 3
    repeat
      for v36, v37, v38 in ipairs(v33 ~= v31.b) do
      end
      v31(v33.y)
      v32({false, x = v26, b = v30, y = t}, ((false == v26) and 0x1p4))
    until -1
  end
  v26:m(v30, 32768, v27)({})[ {} ], v32().a, v33(v27) "s"[ (not "b" == v31(0x7fffffff)) ] = false
  v31(v26[ 0x7fffffff ] ^ ("pairs" == v32), v32)
  local v39 = not (-#[[long]] * v1), v30(v30(v32, true, t), "pairs" >= (true), (v26.a))
end

