-- io.popen checks its mode as glibc's popen does (r or w, e anywhere, up to a NUL)
for _, m in ipairs{"r", "w", "re", "we", "rw", "", "x", "rb", "r+", "wr", "ee", "er", "rer", "r\0w"} do
  local f, e, n = io.popen("true", m)
  print(("%q"):format(m), io.type(f), e, n)
  if f then f:close() end
end
