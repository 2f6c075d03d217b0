# The stdlib token module: token numbers, names and predicates.
import token
print(token.NAME, token.NUMBER, token.OP, token.ENDMARKER, token.tok_name[token.NAME], token.N_TOKENS)
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER))
print(token.EXACT_TOKEN_TYPES["+"] == token.PLUS, token.tok_name[token.EXACT_TOKEN_TYPES["**="]])
