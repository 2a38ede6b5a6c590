console.log('antrean');
