// @generated from AWS::ECS::ClusterCapacityProviderAssociations (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::ECS::ClusterCapacityProviderAssociations` and its property types.

/// Associate a set of ECS Capacity Providers with a specified ECS Cluster
///
/// CloudFormation type `AWS::ECS::ClusterCapacityProviderAssociations`.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterCapacityProviderAssociations {
    props: ::forma_core::schema::Props,
}
impl ClusterCapacityProviderAssociations {
    /// A new resource with its required properties: `Cluster`, `DefaultCapacityProviderStrategy`.
    #[track_caller]
    pub fn new(
        cluster: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        default_capacity_provider_strategy: impl ::std::convert::Into<
            ::forma_core::Value<::std::vec::Vec<CapacityProviderStrategy>>,
        >,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, cluster.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, default_capacity_provider_strategy.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of capacity providers to associate with the cluster
    #[track_caller]
    pub fn capacity_providers(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for ClusterCapacityProviderAssociations {
    type Attributes = ClusterCapacityProviderAssociationsAttributes;
    fn type_name(&self) -> &str {
        "AWS::ECS::ClusterCapacityProviderAssociations"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::ECS::ClusterCapacityProviderAssociations` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ClusterCapacityProviderAssociationsAttributes {
    _node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ClusterCapacityProviderAssociationsAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { _node: node }
    }
}

/// The `CapacityProviderStrategy` property type of `AWS::ECS::ClusterCapacityProviderAssociations`.
#[derive(Debug, Clone, PartialEq)]
pub struct CapacityProviderStrategy {
    props: ::forma_core::schema::Props,
}
impl CapacityProviderStrategy {
    /// A new value with its required properties: `CapacityProvider`.
    pub fn new(capacity_provider: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(1, capacity_provider.into().into_expr());
        Self { props }
    }
    /// `Base`.
    ///
    /// Allowed: 0 to 100000.
    pub fn base(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// `Weight`.
    ///
    /// Allowed: 0 to 1000.
    pub fn weight(mut self, value: impl ::std::convert::Into<::forma_core::Value<i64>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<CapacityProviderStrategy> for ::forma_core::Value<CapacityProviderStrategy> {
    fn from(v: CapacityProviderStrategy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CAPACITY_PROVIDER_STRATEGY_TYPE.properties))
    }
}

/// The schema of `AWS::ECS::ClusterCapacityProviderAssociations`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::ECS::ClusterCapacityProviderAssociations",
    properties: &[
        ::forma_core::schema::Property {
            name: "CapacityProviders",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Cluster",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(2048),
            }),
        },
        ::forma_core::schema::Property {
            name: "DefaultCapacityProviderStrategy",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CAPACITY_PROVIDER_STRATEGY_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &[],
};

static CAPACITY_PROVIDER_STRATEGY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::ECS::ClusterCapacityProviderAssociations.CapacityProviderStrategy",
    properties: &[
        ::forma_core::schema::Property {
            name: "Base",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(100000.0),
            }),
        },
        ::forma_core::schema::Property {
            name: "CapacityProvider",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Weight",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Integer(::forma_core::schema::NumberRule {
                minimum: Some(0.0),
                maximum: Some(1000.0),
            }),
        },
    ],
    rules: &[],
};
