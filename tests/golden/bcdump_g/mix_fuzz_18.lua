do
end
local function v1(v2, ...)
  if true then
    v1:n()[ v2 ] = {} >= (({[ v2 ] = true; 1e10; [ "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" ] = 2^53,})), "\065\x41\u{41}"
  elseif {} then
  end
  function gx.y:z(v3, v4, v5)
    v2 = 'x' % #{}, -{false, y = 32767}
    if v3(g2('x', 3i), 2, (v3 ^ "b")) then
    elseif "b" then
      if function(v6, v7, v8)
    v2[ true ] = {(v8 % 257); y = 65535 % v5; -true; (65536):pairs(); [ (v3 .. true) ] = (v5),} ^ (v8.y)
  end then
        local v9, v10
      elseif function(v11)
    v2 = true
    local v12 = (10 ^ {a = true, 256, a = v5})
  end then
      end
    else
      for v13 = [[long]] == (257).y - g2, v3 do
        do
        end
        if v4 then
          v1[ true and {[ 1LL ] = gx, 256,} ], g2.a = "\n\t", ((gx + ((v1))))
          local v14, v15, v16 = g1, (-1)
        end
      end
      do
        while print.a do
          for v17 = not v4((-1 ~= v1), #v2, (v3)), {(0.1)()(v4, 3i); b = v1.y; a = (print(v1))} do
            return 0.1 % v17.x, {} / 65535
          end
          do
          end
          local v18 = {goto = g1(65535, 3):n(3, .5), (("a") ~= v1.a), v3, [ (v1)[ ("" or false) ] ] = ("\065\x41\u{41}" and print) - (1 / "a"),}, (((0.1)))
        end
      end
      pairs()
    end
  end
end
for v19 in ipairs((v1)) do
end
function t:m(v20, v21, v22, ...)
  for v23 = (v21(nil)), true do
    for v24, v25 in pairs({(v20)(v22, g1), b = not (v23):n(257, "next"), [ (g1) or (v23) ] = ((nil)), x = (v21) {a = "pairs", [ "b" ] = 1e10, 10, "pairs"}}) do
      repeat
        function gx.y:z(v26, v27)
          repeat
            function t.a.b()
              next = ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" % (3i))
              return v21[ v23 ], 0
            end
            v1()
            for v28 in 32768 do
            end
          until 1
          return v21 .. print:pairs("next") > 65536 <= {[ next(false, true, 1.5)(false) ] = v1, b = v21(true, v22),}, {[ (3i) ] = 1e-5 >= false, goto = 255 ~= v21, "hello world", [ (true <= 'x') ] = (1e-5)} or (255), t
        end
        if ((g1 + not ...) * gx <= false) - v1() then
          local v29, v30, v31 = v23, 257 <= v24, v24
          if ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" and v30.b) then
            local v32, v33, v34 = (((g1 > ...))[ {[ [[long]] ] = .5, [ 3.25 ] = v20, y = ...} ] and (v25.a == 3.25)), v1[ v29[ (v23):pairs(v23, g2):n("b", v21, v1)(true, 32767, print) ] ] % 3.25 % 0, v25 "s"
            v32, v23:pairs((v25))[ g1.b ], v32()().b = v20, {256; v31; a = (v23(t, 2ULL)(v32, .5) and 65536 + v25)}, -1LL
            v21()[ v24:m {goto = "\065\x41\u{41}"} ] = {}, ((0x1p4 <= v1))((next) > v22, -... * next), 257 or v22[ {[ v1 ] = nil; [ v25 ] = v34; v30; [ [[long]] ] = ...; "hello world",} ]
          end
        elseif not ((v23 + v22)) or 0x1p4 then
          for v35 = (1e-5 and ((v21(1.5, "\n\t", g2) > ("\065\x41\u{41}" ^ 2)) ^ (1e10)("\n\t", ..., v1))), (32768 .. {v35, b = v1, v25, nil} ^ (65535) <= (v35)[ g1 ]), (v1:m "s" <= ((("a") * (...)) % ({[ 32768 ] = ..., b = v20, goto = gx, v24, x = v25,} >= (0.1)().a))) do
          end
        end
      until function(v36, v37)
    local v38 = (t * ((v23)))
    g2((v20(2^53, false) <= v23 * "a"), ({} < ("a" .. t)), v21(false))
    next.b, v21 = v21(v38(g2, [[long]]).y + true, "next"), {}
    v37 = (v22(-"hello world"))
  end
    end
    local function v39(...)
      v20((v1):n())
    end
  end
end
g1[ {3i, v1, v1, [ v1 ] = 1e10} ], v1 = (("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" >= "next"))(), -v1 > v1

