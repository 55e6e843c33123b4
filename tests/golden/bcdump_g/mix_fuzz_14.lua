local v1, v2, v3
local v4
local v5, v6, v7 = ("\n\t")
g2, v4("next", v7, v7):m {v3; b = 3; print; goto = false}[ "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz" ] = (("a" and v1)) "s".a, ((1LL) - (v3:pairs(v5, nil, g1)).x)
repeat
until 0x10
v5.b = t, g2(pairs(), v4):m(65536 <= "next" < not v2, v7), 32767
pairs, g1:n(2^53 or ..., not 0, #next).b, v4 = not pairs(v2[ ... ], (print * 1e10)), v3, 32768
local v8, v9, v10 = v2.b
pairs(257, v2) {[ 32767 ] = gx; [ 0x10 ] = 0xff; [ print ] = v1; "pairs",}(v1, false, v2)(3.25) "s"(((next + 0) < (255)), -"\n\t" <= .5, v5 * 32767 == v2)
repeat
  do
    if (g1)(v3) then goto c227 end
    if {y = ... > 2^53, goto = {y = v6; v10; v2,}} and (v1) {} then
      local v11, v12 = (0x1p4 >= ((v8("", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz").b .. (2)) ^ ((0) * v10(v5, v9)))), v9, (v7 % t.x)
      do
        if {} then goto c799 end
        ::c799::
      end
    end
    local v13, v14 = -function(v15, ...)
    local function v16(v17)
      repeat
        v16(v9, (v7 ~= 2^53), ("pairs")).b = ({"\065\x41\u{41}" % 100000, goto = (gx == v5), y = (0x1p4), [ ('x')(v9, 1e308, v2) ] = t and pairs}), ((((true ^ v2)) ~= (print() % (v16 ^ pairs))) ~= 255), "next"
      until function(v18, v19, v20)
    v20 = (v5 .. ((65536 + false))) <= (-{1LL,})
    local v21, v22 = v8[ 257 ]
    v6(v5())
    v8[ #(2^53) ], v7.b = false
  end
      v7, v5.b = "pairs", ({} ^ #nil), ({b = 0x1p4; [ (v5) ] = .5; [ (32768 / v5) ] = v8 % v4; v3(),} <= false)
      v10 "s"
      local function v23(...)
        v23:m()[ (v10[ "pairs" ]) ] = v1, 0x7fffffff, {-2^53 or 0xff; v15:n(0); [ 2 == {x = v1; "hello world"; [ true ] = v17} ] = v17,}
        v23 = 257
        local v24 = 1e10, v7(t("b", false, v9), (v8), v3[ v3 ])(..., v7(v8, "pairs").b, true ~= print).x
        v4 = "next"
        local v25, v26, v27 = nil, not -1 <= 3 == ... > (("\065\x41\u{41}") - 257)
        return {x = true; {x = ...; a = 3i}; v24[ v15 or nil ]; {[ next ] = v6; [ v17 ] = v7; v17,}}, (not (v5 and 65535) ^ ... <= {}), (-'x')
      end
      repeat
      until nil
    end
    local function v28()
      do
        return 0.1, ({})
      end
      x = (-"a")
      local v29, v30, v31
      local v32, v33, v34
    end
  end
    ::c227::
  end
  local v35 = {[ -(0xff) ] = (32767 ^ not v10), (2^53).b, goto = v6 {1.5; y = v7; [ 3i ] = 1LL; 'x'}[ (v3).b ], v2, [ {v2; nil} ] = 2,}, v7
  local v36, v37, v38 = v5
until v4(1e10 <= v35) / ({v8; ...} > v38)
v8(v8 "s"(v8, "", false) "s", nil)

