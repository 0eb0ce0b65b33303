// `JSON`: a node's stored properties as they are. Output only, so parsing literals is refused.
import { GraphQLError, GraphQLScalarType } from 'graphql';

export const jsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: () => {
    throw new GraphQLError('JSON is an output type; it cannot be written in a query');
  },
});
