//! Constructs: what every L2 construct shares — a node of the tree (its path, the namespace
//! its children's ids live in) around one main L1 resource.

use crate::resource::{CfnResource, Resource};
use crate::scope::Scope;

/// A construct of the tree: its scope (the node that holds its children), and the L1
/// resource it wraps under the child id `Resource`, for anything the construct does not
/// offer (`bucket.resource().override_property(..)`).
///
/// Implemented with [`construct!`](crate::construct!), which also gives the construct its
/// `Debug` (`Bucket(Stack/Archive)`) and lets it serve as the scope of other constructs.
///
/// ```
/// use forma_core::{App, Construct};
/// use forma_core::raw::RawResource;
/// # struct Thing { scope: forma_core::Scope, resource: forma_core::Resource<RawResource> }
/// # forma_core::construct!(Thing, RawResource);
/// fn describe(construct: &impl Construct) -> String {
///     format!("{} wraps {}", construct.path(), construct.resource().path())
/// }
/// ```
pub trait Construct: std::fmt::Debug {
    /// The type of the main L1 resource.
    type Resource: CfnResource;

    /// The construct's node: `scope().child("Id")` makes an id under the construct's path.
    fn scope(&self) -> &Scope;

    /// The main L1 resource (child id `Resource`).
    fn resource(&self) -> &Resource<Self::Resource>;

    /// The construct path, `Stack/Id`.
    fn path(&self) -> String {
        self.scope().path()
    }
}

/// Implements [`Construct`], `Debug` and [`AsScope`](crate::AsScope) for a construct type
/// whose fields `scope: Scope` and `resource: Resource<L1>` hold its node and main resource:
/// `construct!(Bucket, l1::Bucket)`.
#[macro_export]
macro_rules! construct {
    ($ty:ident, $l1:ty) => {
        impl $crate::Construct for $ty {
            type Resource = $l1;

            fn scope(&self) -> &$crate::Scope {
                &self.scope
            }

            fn resource(&self) -> &$crate::Resource<$l1> {
                &self.resource
            }
        }

        impl ::std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}({})", stringify!($ty), self.scope.path())
            }
        }

        impl $crate::AsScope for $ty {
            fn as_scope(&self) -> &$crate::Scope {
                &self.scope
            }
        }
    };
}
