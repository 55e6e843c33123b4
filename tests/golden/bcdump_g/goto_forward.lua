goto skip
f()
::skip::
g()
