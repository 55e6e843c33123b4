gx()
local v1 = function()
    gx:n()()(g1(2, g1)(1, 1e10, 0), -2^53, 100000).a, t = not ("next"), ((next(32767, 32768) ~= print ~= {})), #-gx <= g1:m "s"
    print {65535, [ (g2) ] = "\065\x41\u{41}" - print, 256,}
    local v2, v3 = {1e308; b = ((0x7fffffff * "a")); print[ (nil <= 0) ]; x = t[ next.b ]}
  end, next
v1 "s"
for v4 = v1, function(v5, ...)
    local v6, v7 = g2
  end do
  for v8, v9 in pairs(2), 3 do
    v1(not 0x7fffffff, "", ("\065\x41\u{41}" * 255))[ 255 ], v4[ {v4; print; a = v8; y = "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"} ] = ((0 > true * v9)).y, (1e10 ~= v4), function(v10)
    x = v4.a
    return 
  end
    v8, v9 = ...
    do
      do
      end
    end
  end
end
v1():n(nil, "b", v1)("b", ...)[ (t + v1) ] = v1.a
t(v1.x)

