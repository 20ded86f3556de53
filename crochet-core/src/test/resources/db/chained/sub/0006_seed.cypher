// revision: 0006_seed
// parent: 0005_add_movie_index
// --- upgrade
CREATE (:Movie {title: 'Heat; 1995'});
CREATE (:Movie {title: 'Ronin'})
