// @generated from AWS::NetworkSecurityManager::Deployment (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::NetworkSecurityManager::Deployment` and its property types.

/// Resource Type definition for AWS::NetworkSecurityManager::Deployment.
///
/// CloudFormation type `AWS::NetworkSecurityManager::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct Deployment {
    props: ::forma_core::schema::Props,
}
impl Deployment {
    /// A new resource with its required properties: `DeploymentName`.
    #[track_caller]
    pub fn new(deployment_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(4, deployment_name.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// List of policies associated with this deployment.
    #[track_caller]
    pub fn associated_policy_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssociatedPolicy>>>,
    ) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// List of scopes associated with this deployment.
    #[track_caller]
    pub fn associated_scope_list(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssociatedScope>>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Configuration settings for the deployment.
    #[track_caller]
    pub fn deployment_configuration(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<DeploymentConfiguration>>,
    ) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A description of the deployment.
    ///
    /// Allowed: length 0 to 256.
    #[track_caller]
    pub fn deployment_description(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The tags associated with the deployment.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Deployment {
    type Attributes = DeploymentAttributes;
    fn type_name(&self) -> &str {
        "AWS::NetworkSecurityManager::Deployment"
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
/// The attributes of a `AWS::NetworkSecurityManager::Deployment` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct DeploymentAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for DeploymentAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl DeploymentAttributes {
    /// `Fn::GetAtt` `DeploymentId`.
    pub fn deployment_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeploymentId")
    }
    /// `Fn::GetAtt` `DeploymentArn`.
    pub fn deployment_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DeploymentArn")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
}

/// The `AssociatedPolicy` property type of `AWS::NetworkSecurityManager::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssociatedPolicy {
    props: ::forma_core::schema::Props,
}
impl AssociatedPolicy {
    /// A new value with its required properties: `PolicyArn`.
    pub fn new(policy_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, policy_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssociatedPolicy> for ::forma_core::Value<AssociatedPolicy> {
    fn from(v: AssociatedPolicy) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSOCIATED_POLICY_TYPE.properties))
    }
}

/// The `AssociatedScope` property type of `AWS::NetworkSecurityManager::Deployment`.
#[derive(Debug, Clone, PartialEq)]
pub struct AssociatedScope {
    props: ::forma_core::schema::Props,
}
impl AssociatedScope {
    /// A new value with its required properties: `ScopeArn`.
    pub fn new(scope_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, scope_arn.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<AssociatedScope> for ::forma_core::Value<AssociatedScope> {
    fn from(v: AssociatedScope) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSOCIATED_SCOPE_TYPE.properties))
    }
}

/// Configuration settings for the deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct DeploymentConfiguration {
    props: ::forma_core::schema::Props,
}
impl DeploymentConfiguration {
    /// A new value with its required properties: `EnableCrossAccountVisibility`.
    pub fn new(enable_cross_account_visibility: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, enable_cross_account_visibility.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<DeploymentConfiguration> for ::forma_core::Value<DeploymentConfiguration> {
    fn from(v: DeploymentConfiguration) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(DEPLOYMENT_CONFIGURATION_TYPE.properties))
    }
}

/// A key-value pair to associate with a resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Tag {
    props: ::forma_core::schema::Props,
}
impl Tag {
    /// A new value with its required properties: `Key`, `Value`.
    pub fn new(
        key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, key.into().into_expr());
        props.set(1, value.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<Tag> for ::forma_core::Value<Tag> {
    fn from(v: Tag) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(TAG_TYPE.properties))
    }
}

/// The schema of `AWS::NetworkSecurityManager::Deployment`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::NetworkSecurityManager::Deployment",
    properties: &[
        ::forma_core::schema::Property {
            name: "AssociatedPolicyList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSOCIATED_POLICY_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AssociatedScopeList",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSOCIATED_SCOPE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(1) },
            ),
        },
        ::forma_core::schema::Property {
            name: "DeploymentConfiguration",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&DEPLOYMENT_CONFIGURATION_TYPE),
        },
        ::forma_core::schema::Property {
            name: "DeploymentDescription",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9 _.:/=+\\-@]*$"),
                min_length: None,
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "DeploymentName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9][a-zA-Z0-9 _.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["DeploymentId", "DeploymentArn", "Status", "Version", "UpdatedAt"],
};

static ASSOCIATED_POLICY_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Deployment.AssociatedPolicy",
    properties: &[::forma_core::schema::Property {
        name: "PolicyArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static ASSOCIATED_SCOPE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Deployment.AssociatedScope",
    properties: &[::forma_core::schema::Property {
        name: "ScopeArn",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
    }],
    rules: &[],
};

static DEPLOYMENT_CONFIGURATION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Deployment.DeploymentConfiguration",
    properties: &[::forma_core::schema::Property {
        name: "EnableCrossAccountVisibility",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::Boolean,
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::NetworkSecurityManager::Deployment.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};
