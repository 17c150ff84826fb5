// @generated from AWS::QuickSight::Space (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::Space` and its property types.

/// Resource Type definition for AWS::QuickSight::Space
///
/// CloudFormation type `AWS::QuickSight::Space`.
#[derive(Debug, Clone, PartialEq)]
pub struct Space {
    props: ::forma_core::schema::Props,
}
impl Space {
    /// A new resource with its required properties: `AwsAccountId`, `Name`, `SpaceId`.
    #[track_caller]
    pub fn new(
        aws_account_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        space_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, aws_account_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(5, space_id.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description of the space.
    ///
    /// Allowed: length 0 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of permissions granted on the space.
    #[track_caller]
    pub fn permissions(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<ResourcePermission>>>,
    ) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of QuickSight resources attached to the space.
    #[track_caller]
    pub fn resources(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<SpaceResource>>>,
    ) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// A list of key-value pairs to associate with the space resource.
    #[track_caller]
    pub fn tags(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Tag>>>) -> Self {
        self.props.set_at(6, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Space {
    type Attributes = SpaceAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::Space"
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
/// The attributes of a `AWS::QuickSight::Space` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct SpaceAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for SpaceAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl SpaceAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `CreatedBy`.
    pub fn created_by(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedBy")
    }
}

/// A permission granted to a principal on a QuickSight resource.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourcePermission {
    props: ::forma_core::schema::Props,
}
impl ResourcePermission {
    /// A new value with its required properties: `Actions`, `Principal`.
    pub fn new(
        actions: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
        principal: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, actions.into().into_expr());
        props.set(1, principal.into().into_expr());
        Self { props }
    }
}
impl ::std::convert::From<ResourcePermission> for ::forma_core::Value<ResourcePermission> {
    fn from(v: ResourcePermission) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(RESOURCE_PERMISSION_TYPE.properties))
    }
}

/// The values CloudFormation documents: `TOPIC`, `DASHBOARD`, `KNOWLEDGE_BASE`, `ACTION_CONNECTOR`, `DATA_SET`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ResourceType {
    /// `TOPIC`
    Topic,
    /// `DASHBOARD`
    Dashboard,
    /// `KNOWLEDGE_BASE`
    KnowledgeBase,
    /// `ACTION_CONNECTOR`
    ActionConnector,
    /// `DATA_SET`
    DataSet,
    /// A value this version of forma does not list.
    Unknown(::std::string::String),
}
impl ResourceType {
    /// The value as CloudFormation spells it.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Topic => "TOPIC",
            Self::Dashboard => "DASHBOARD",
            Self::KnowledgeBase => "KNOWLEDGE_BASE",
            Self::ActionConnector => "ACTION_CONNECTOR",
            Self::DataSet => "DATA_SET",
            Self::Unknown(s) => s,
        }
    }
    /// Every value the schema lists.
    pub fn values() -> &'static [&'static str] {
        &["TOPIC", "DASHBOARD", "KNOWLEDGE_BASE", "ACTION_CONNECTOR", "DATA_SET"]
    }
}
impl ::std::convert::From<ResourceType> for ::forma_core::Value<ResourceType> {
    fn from(v: ResourceType) -> Self {
        ::forma_core::Value::from_expr(::forma_core::Expr::String(v.as_str().to_owned()))
    }
}
impl ::forma_core::schema::CfnEnum for ResourceType {}

/// A QuickSight resource attached to the space.
#[derive(Debug, Clone, PartialEq)]
pub struct SpaceResource {
    props: ::forma_core::schema::Props,
}
impl SpaceResource {
    /// A new value with its required properties: `ResourceArn`, `ResourceType`.
    pub fn new(
        resource_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        resource_type: impl ::forma_core::schema::EnumArg<ResourceType>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, resource_arn.into().into_expr());
        props.set(1, resource_type.into_enum_expr());
        Self { props }
    }
}
impl ::std::convert::From<SpaceResource> for ::forma_core::Value<SpaceResource> {
    fn from(v: SpaceResource) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(SPACE_RESOURCE_TYPE.properties))
    }
}

/// A key-value pair to associate with the space resource.
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

/// The schema of `AWS::QuickSight::Space`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::Space",
    properties: &[
        ::forma_core::schema::Property {
            name: "AwsAccountId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9]{12}$"),
                min_length: Some(12),
                max_length: Some(12),
            }),
        },
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}\\n\\r\\t\\f\\v\\p{Cf}]*$"),
                min_length: Some(0),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "Name",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\P{C}\\n\\r\\t\\f\\v\\p{Cf}]*$"),
                min_length: Some(1),
                max_length: Some(128),
            }),
        },
        ::forma_core::schema::Property {
            name: "Permissions",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&RESOURCE_PERMISSION_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Resources",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&SPACE_RESOURCE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "SpaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[0-9a-zA-Z-_=.+]+$"),
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
        ::forma_core::schema::Property {
            name: "Tags",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&TAG_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: Some(200) },
            ),
        },
    ],
    rules: &[],
    attributes: &["Arn", "CreatedAt", "UpdatedAt", "CreatedBy"],
};

static RESOURCE_PERMISSION_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Space.ResourcePermission",
    properties: &[
        ::forma_core::schema::Property {
            name: "Actions",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: Some(20) },
            ),
        },
        ::forma_core::schema::Property {
            name: "Principal",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(256),
            }),
        },
    ],
    rules: &[],
};

static SPACE_RESOURCE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Space.SpaceResource",
    properties: &[
        ::forma_core::schema::Property {
            name: "ResourceArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "ResourceType",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::Enum(&[
                "TOPIC",
                "DASHBOARD",
                "KNOWLEDGE_BASE",
                "ACTION_CONNECTOR",
                "DATA_SET",
            ]),
        },
    ],
    rules: &[],
};

static TAG_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::QuickSight::Space.Tag",
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
