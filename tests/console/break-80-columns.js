/*---
description: objects longer than 80 columns break into one entry per line
expected_stdout: |
  {
    id: 12345,
    name: 'Arnold Schwarzenegger',
    age: 77,
    tags: [ 'actor', 'governor' ]
  }
  {
    id: 12345,
    name: 'Arnold Schwarzenegger',
    age: 77,
    tags: [ 'actor', 'governor', 'bodybuilder' ],
    address: { city: 'Los Angeles', zip: '90049' }
  }
---*/
console.log({ id: 12345, name: 'Arnold Schwarzenegger', age: 77, tags: ['actor', 'governor'] });
console.log({ id: 12345, name: 'Arnold Schwarzenegger', age: 77, tags: ['actor', 'governor', 'bodybuilder'], address: { city: 'Los Angeles', zip: '90049' } });
