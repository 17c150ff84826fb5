// @generated from AWS::SupportAuthZ::SupportPermit (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SupportAuthZ::SupportPermit` and its property types.

/// Resource Type definition for AWS::SupportAuthZ::SupportPermit.
///
/// CloudFormation type `AWS::SupportAuthZ::SupportPermit`.
#[derive(Debug, Clone, PartialEq)]
pub struct SupportPermit {
    props: ::forma_core::schema::Props,
}
impl SupportPermit {
    /// A new resource with its required properties: `Name`, `Permit`, `SigningKeyInfo`.
    #[track_caller]
    pub fn new(
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        permit: impl ::std::convert::Into<::forma_core::Value<Permit>>,
        signing_key_info: impl ::std::convert::Into<::forma_core::Value<SigningKeyInfo>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, permit.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(3, signing_key_info.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// An optional description of the support permit.
    ///
    /// Allowed: length 1 to 1024.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The support case display identifier associated with the permit.
    ///
    /// Allowed: length 1 to 512.
    ///
    /// Changing it replaces the resource.
    #[track_caller]
    pub fn support_case_display_id(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to apply to this resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(5, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for SupportPermit {
    type Attributes = SupportPermitAttributes;
    fn type_name(&self) -> &str {
        "AWS::SupportAuthZ::SupportPermit"
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
/// The attributes of a `AWS::SupportAuthZ::SupportPermit` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SupportPermitAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SupportPermitAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SupportPermitAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `PermitId`.
    pub fn permit_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PermitId")
    }
    /// `Fn::GetAtt` `Status`.
    pub fn status(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Status")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
}

/// The grant definition: which actions on which resources, optionally constrained by time conditions.
#[derive(Debug, Clone, PartialEq)]
pub struct Permit {
    props: ::forma_core::schema::Props,
}
impl Permit {
    /// A new value with its required properties: `Actions`, `Resources`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<ActionSet>>,
        resources: impl ::std::convert::Into<::forma_core::Value<ResourceSet>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(2, resources.into().into_expr());
        Self { props }
    }
    /// Optional time-bound conditions (at most two).
    pub fn conditions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Condition>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Permit> for ::forma_core::Value<Permit> {
    fn from(v: Permit) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(PERMIT_TYPE.properties))
    }
}

/// The signing key used by the permit.
#[derive(Debug, Clone, PartialEq)]
pub struct SigningKeyInfo {
    props: ::forma_core::schema::Props,
}
impl SigningKeyInfo {
    /// A new value with its required properties: `KmsKey`.
    pub fn new(kms_key: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, kms_key.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<SigningKeyInfo> for ::forma_core::Value<SigningKeyInfo> {
    fn from(v: SigningKeyInfo) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SIGNING_KEY_INFO_TYPE.properties))
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

/// The set of actions a support permit grants.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionSet {
    props: ::forma_core::schema::Props,
}
impl ActionSet {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// An explicit list of actions to grant.
    pub fn actions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// Grants all actions.
    pub fn all_actions(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ActionSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ActionSet> for ::forma_core::Value<ActionSet> {
    fn from(v: ActionSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ACTION_SET_TYPE.properties))
    }
}

/// A time-bound condition controlling when the permit is active.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    props: ::forma_core::schema::Props,
}
impl Condition {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The permit is active only after this time.
    pub fn allow_after(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// The permit is active only before this time.
    pub fn allow_before(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for Condition {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<Condition> for ::forma_core::Value<Condition> {
    fn from(v: Condition) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CONDITION_TYPE.properties))
    }
}

/// The set of resources a support permit applies to.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceSet {
    props: ::forma_core::schema::Props,
}
impl ResourceSet {
    /// A new value.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// Applies to all resources in the region.
    pub fn all_resources_in_region(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// An explicit list of resource ARNs.
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
}
impl ::std::default::Default for ResourceSet {
    fn default() -> Self {
        Self::new()
    }
}
impl ::std::convert::From<ResourceSet> for ::forma_core::Value<ResourceSet> {
    fn from(v: ResourceSet) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_SET_TYPE.properties))
    }
}

/// The schema of `AWS::SupportAuthZ::SupportPermit`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SupportAuthZ::SupportPermit",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(1024),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9]{1,256}$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permit",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&PERMIT_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SigningKeyInfo",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::Object(&SIGNING_KEY_INFO_TYPE),
        },
        ::forma_core::schema::Property {
            name: "SupportCaseDisplayId",
            required: false,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9:/-]{1,512}$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(50) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "PermitId", "Status", "CreatedAt"],
};

static PERMIT_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SupportAuthZ::SupportPermit.Permit",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&ACTION_SET_TYPE),
        },
        ::forma_core::schema::Property {
            name: "Conditions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CONDITION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(2) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Object(&RESOURCE_SET_TYPE),
        },
    ],
    rules: &[],
};

static SIGNING_KEY_INFO_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SupportAuthZ::SupportPermit.SigningKeyInfo",
    properties: &[::forma_core::schema::Property {
        name: "KmsKey",
        required: true,
        create_only: false,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("^[a-zA-Z0-9/:_-]{1,512}$"),
            min_length: Some(1),
            max_length: Some(512),
        }),
    }],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SupportAuthZ::SupportPermit.Tag",
    properties: &[
        ::forma_core::schema::Property {
            name: "Key",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Value",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"),
                min_length: Some(0),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static ACTION_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SupportAuthZ::SupportPermit.ActionSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-z][a-z0-9-]*:[A-Za-z0-9_.-]+$"),
                    min_length: Some(3),
                    max_length: Some(255),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(10) },
            ),
        },
        ::forma_core::schema::Property {
            name: "AllActions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
    ],
    rules: &[],
};

static CONDITION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SupportAuthZ::SupportPermit.Condition",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllowAfter",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "AllowBefore",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};

static RESOURCE_SET_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::SupportAuthZ::SupportPermit.ResourceSet",
    properties: &[
        ::forma_core::schema::Property {
            name: "AllResourcesInRegion",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                    pattern: Some("^[a-zA-Z0-9:/_.-]+$"),
                    min_length: Some(1),
                    max_length: Some(512),
                }),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(5) },
            ),
        },
    ],
    rules: &[],
};
