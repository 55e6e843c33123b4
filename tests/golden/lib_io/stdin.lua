-- Reading standard input: formats, io.lines() and io.read on the default input.
print(io.read("*n", "*n"))
print(io.read())
print(io.read("*L"))
print(io.read(5), io.read(0))
for line in io.lines() do
  io.write("[", line, "]")
  if line == "stop" then break end
end
print()
print(io.stdin:read("*l"))
print(string.format("%q", io.read("*a")))
print(io.read(), io.read("*a"), io.read(0), io.read(1))
print(io.stdin:seek("cur"))
