while pairs do
end
function t:m(v1, ...)
  x = {(-.5 < print), y = ({[ "a" ] = 65535, x = v1, x = next,}), [ (v1)[ false ] ] = (v1 .. "") ~= 0}
  while 1e10 do
    repeat
      for v2 = (v2 <= v1(false, print, v1):pairs((2^53), 65535, "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")), v2[ {{}; v1} ], function(v3, v4, ...)
    local function v5(v6)
      local v7 = {[ {} ] = #([[long]] + 0),}, ((gx "s" < (v3 or -v4)))
    end
    local v8, v9, v10 = v4, v3, {} <= not v3 == {}
    return 
  end - v2.y < (v1 ^ v1) < [[long]] == 32767 do
      end
    until 0
    function t.a.b(v11, v12)
      if v1 then
        for v13 = v11[ ((v11)[ 2^53 ] and (v12 - v11 / v1)) ], next do
        end
        v1((1e-5))[ g2(nil) ], v1[ #(true / "\n\t") ] = gx[ v11 == (v11) ] and v11, print
        local v14 = 0x1p4, 1LL
      else
        local v15, v16 = v12.y, ""
        local v17, v18
      end
    end
  end
end
for v19 = not v19, v19 do
  local v20, v21 = pairs:m {v19(255); [ v19 "s" ] = [[long]] == v19; (v19):pairs(nil, 32767, 1LL)("pairs", "\065\x41\u{41}", v19); v19}
  if false == 65535 then
    local v22
    return 
  elseif (function(v23)
    local function v24()
      for v25, v26, v27 in ipairs(function(v28)
    t = g2.y
    v19, t = #-(v20.y ~= 3), -1e308
    v19.b = ("hello world")
    local v29, v30, v31
  end) do
      end
    end
  end) then
    for v32, v33, v34 in 1LL do
      repeat
        v19 "s".a = g2, {[ ("next") ] = not "pairs"; v34([[long]], "\065\x41\u{41}"),}
        do
          v20 = (t:m() == function(v35, v36)
    local v37, v38
  end)
          v20, g1(...).b = ((v19 and nil and v34))[ {100000,} ^ t > {} ], v20, (v34 < v33((...), v19, 0x10))
          v19 = 2^53
        end
      until v21(.5, (pairs(v32) ^ {[ nil ] = false; .5,}), {1e10; [ pairs ] = 0x1p4; x = 1; b = v20,})
      while 0 do
        pairs = v20()()
        pairs(((-1 < 10) % {"pairs"; y = v32,}))
        local v39
      end
    end
    v19((print):pairs "s")
    v21, v19 = v20
  end
  break
end
for v40, v41 in next, gx do
  local v42 = ((1.5 or ('x')) == "\065\x41\u{41}")
  return "\065\x41\u{41}", v42.y, {(v42),} < ({goto = 1e308; y = ...; ...; goto = print,} % 0x10)
end
pairs.b, pairs = function(v43, v44, v45)
    local v46, v47 = v44[ (not "" ^ not v44) ], 1.5, 3i
    local v48, v49 = 0xff, (v47 {"pairs"; v43; [ nil ] = 256,} .. v43), v45
    local v50 = -(("b") + v46[ v45 ] == v47.b), #{[ ("hello world" == 1LL) ] = false; 1; v48; -"a"}
    v46, v48 = v49, v50(v46), v50.b
    local v51, v52 = (((v47 < v49) and v48(65536, v48) ~= v49) == "next"), (v44)(((v49) * v46), ((2 / "b") ^ (v50 > v49)))
  end, g1[ "a" ]
next(1e-5, "") {print; g2; next; next,}.a = ({"pairs", x = "hello world",} / "b") .. next[ 0.1 ], "hello world", (#...).x
do
  for v53 in next, ("" - 0x1p4)[ pairs ] do
    return 
  end
  return print.b % g2 / next, t:n(), not #{goto = "\065\x41\u{41}", [ true ] = 32767, [ nil ] = ...}
end
repeat
  pairs({[ [[long]] ] = 257; [ 1e10 ] = .5,}, next.b)()
until t()
x = g1
local v54, v55, v56 = -t .. next "s"
function t.a.b(v57)
  v54 = v55, {y = g2,}
end
local v58, v59 = 256, ((v55 and v56():pairs() * (-1 < "\n\t")))

